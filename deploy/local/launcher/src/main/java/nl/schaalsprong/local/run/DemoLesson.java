package nl.schaalsprong.local.run;

/** The demo's origin: Paddepoel-Zuid, a buurt of the Groningen proeftuin Paddepoel en Selwerd (PAW round 1, 2018). */
final class DemoLesson {
    static final String ORIGIN = "BU00141001";

    private DemoLesson() {
    }
}
