package nl.schaalsprong.lessons.domain;

/** Rightskilling: where a skill a lesson needs must sit. */
public enum SkillHolder {
    GEMEENTE,
    UITVOERDER,
    BEWONERS,
    WONINGCORPORATIE,
    NETBEHEERDER,
    ENERGIECOOPERATIE
}
