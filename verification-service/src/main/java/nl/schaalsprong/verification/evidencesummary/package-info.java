/**
 * The evidence summary: how many lessons stand at each evidence level, per scaling route, per claimed layer and per
 * layer the evidence supports, for the KLP dashboard's Bewijs page (JSON and CSV).
 */
package nl.schaalsprong.verification.evidencesummary;
