/**
 * Advice for an area (issue 13, item 1): for a buurt, wijk or gemeente, which approach components (tags) are best
 * established in buurten of its type, with the evidence, the lessons behind each and where it was tried. Layered
 * inside: {@code domain} (pure: ranking, the layer for a type, the order of places), {@code service} (the read model
 * and its refresh), {@code client} (typology-service: the area and its type), {@code rest}.
 */
package nl.schaalsprong.verification.advice;
