package nl.schaalsprong.lessons.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.schaalsprong.platform.domain.RuleViolationException;

import java.time.OffsetDateTime;
import java.util.Arrays;

/**
 * An entry of the vocabulary of approach components, e.g. {@code participatie/keukentafelgesprekken}: a theme
 * from {@link Theme} and a component within it. Stewards extend it; lessons are tagged from it.
 */
@Entity
@Table(name = "approach_component")
public class ApproachComponent extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String label;

    public String description;

    @Column(name = "added_by", nullable = false)
    public String addedBy;

    @Column(name = "added_at", nullable = false)
    public OffsetDateTime addedAt;

    protected ApproachComponent() {
    }

    /** A new component; its code must be {@code theme/component} with a theme from the vocabulary. */
    public static ApproachComponent define(Tag code, String label, String description, String addedBy,
                                           OffsetDateTime now) {
        if (!code.isComponent()) {
            throw new RuleViolationException("an approach component is 'theme/component', not '" + code + "'");
        }
        String theme = code.value().substring(0, code.value().indexOf('/'));
        if (Arrays.stream(Theme.values()).noneMatch(t -> t.code().equals(theme))) {
            throw new RuleViolationException("'" + theme + "' is not a theme; known: "
                    + Arrays.stream(Theme.values()).map(Theme::code).toList());
        }
        ApproachComponent component = new ApproachComponent();
        component.code = code.value();
        component.label = label.strip();
        component.description = description == null ? null : description.strip();
        component.addedBy = addedBy;
        component.addedAt = now;
        return component;
    }

    public Theme theme() {
        return Theme.ofCode(code.substring(0, code.indexOf('/')));
    }
}
