package nl.schaalsprong.platform.inbox;

import org.eclipse.microprofile.config.Config;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An incoming channel as its configuration names it: the topic it reads and, when its failure strategy sends failures
 * to a dead-letter topic ({@value DeadLetterUnlessStopping#STRATEGY}, or SmallRye's own {@code dead-letter-queue}),
 * that topic.
 */
public record ConsumerChannel(String name, String topic, Optional<String> deadLetterTopic) {

    private static final Set<String> DEAD_LETTERING = Set.of(DeadLetterUnlessStopping.STRATEGY, "dead-letter-queue");
    private static final Pattern STRATEGY = Pattern.compile("^(?:%[^.]+\\.)?mp\\.messaging\\.incoming\\.(.+)\\.failure-strategy$");

    static ConsumerChannel of(Config config, String name) {
        String prefix = "mp.messaging.incoming." + name + ".";
        String topic = config.getOptionalValue(prefix + "topic", String.class)
                .or(() -> config.getOptionalValue(prefix + "topics", String.class)).orElse(name);
        boolean deadLettered = config.getOptionalValue(prefix + "failure-strategy", String.class)
                .filter(DEAD_LETTERING::contains).isPresent();
        Optional<String> deadLetterTopic = deadLettered ? Optional.of(config.getOptionalValue(prefix
                + "dead-letter-queue.topic", String.class).orElse("dead-letter-topic-" + name)) : Optional.empty();
        return new ConsumerChannel(name, topic, deadLetterTopic);
    }

    /** The channels of the active profile that dead-letter their failures. */
    static Set<ConsumerChannel> deadLettered(Config config) {
        Set<String> names = new TreeSet<>();
        for (String property : config.getPropertyNames()) {
            Matcher channel = STRATEGY.matcher(property);
            if (channel.matches()) {
                names.add(channel.group(1));
            }
        }
        Set<ConsumerChannel> channels = new LinkedHashSet<>();
        names.stream().map(name -> of(config, name)).filter(c -> c.deadLetterTopic().isPresent()).forEach(channels::add);
        return channels;
    }
}
