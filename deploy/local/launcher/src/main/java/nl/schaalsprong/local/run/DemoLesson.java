package nl.schaalsprong.local.run;

/**
 * The demo lesson the banner's curl lines record, and the end-to-end test records too (so the demo is known to
 * pass the quality gate): learned in Paddepoel-Zuid, a buurt of the Groningen proeftuin Paddepoel en Selwerd
 * (PAW round 1, 2018).
 */
final class DemoLesson {
    static final String ORIGIN = "BU00141001";
    static final String PROEFTUIN = "groningen-paddepoel-en-selwerd";
    /** The indicator of its outcome, as in {@link #BODY}: a verification's criteria must name it (pre-registration). */
    static final String INDICATOR = "deelname eigenaren";

    /** A lesson that passes every policy of the quality gate. */
    static final String BODY = """
            {"title":"Keukentafelgesprekken verhogen de deelname","context":"40 van 900 huishoudens kwamen naar de avond.",
             "module":"participatie/keukentafelgesprekken","lesson":"Gesprekken thuis bereiken wie niet naar avonden komt.",
             "recommendation":"Plan per straat een ronde gesprekken voor het aanbod.","outcome":"SUCCESS",
             "indicators":[{"name":"deelname eigenaren","value":70,"unit":"%","date":"2021-06-01"}],
             "evidenceLinks":["https://www.aardgasvrijewijken.nl/proeftuinen"],
             "proeftuinId":"groningen-paddepoel-en-selwerd","originBuurtCodes":["BU00141001"],
             "themes":["participatie"],"routes":["REPLICATIE"],"claimedLayer":"MENU",
             "rightscaling":{"appliedAt":"BUURT","smallest":"STRAAT","largest":"WIJK"},
             "skills":[{"name":"gesprekken voeren","holder":"BEWONERS"}],
             "experimentConditions":["EXTRA_FINANCIERING"]}""";

    private DemoLesson() {
    }
}
