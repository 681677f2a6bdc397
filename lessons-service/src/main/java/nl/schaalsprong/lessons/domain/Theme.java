package nl.schaalsprong.lessons.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;

/**
 * The controlled vocabulary of themes. A theme's code is also the first part of an approach-component tag
 * ({@code participatie/keukentafelgesprekken}), which is why it is written in lower case.
 */
public enum Theme {
    PARTICIPATIE("Participatie", "Bewoners en eigenaren betrekken en laten meebeslissen"),
    FINANCIERING("Financiering", "Betaalbaarheid, fondsen, leningen en subsidies"),
    TECHNIEK("Techniek", "Warmtebronnen, isolatie en installaties"),
    ORGANISATIE("Organisatie", "Samenwerking, rollen en de aanpak van het programma"),
    REGELGEVING("Regelgeving", "Wetten, regels, vergunningen en vrijstellingen"),
    COMMUNICATIE("Communicatie", "Informeren en het verhaal van de wijk"),
    PLANNING("Planning", "Fasering, koppelkansen en de volgorde van werken"),
    KENNIS("Kennis", "Vaardigheden en kennisdeling");

    private final String label;
    private final String description;

    Theme(String label, String description) {
        this.label = label;
        this.description = description;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    @JsonCreator
    public static Theme ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown theme '" + code + "'; known: "
                        + Arrays.stream(values()).map(Theme::code).toList()));
    }
}
