package nl.schaalsprong.local.run.fuzz;

/**
 * An Authorization header the fuzzer may send, by a name the summary shows. {@code mayChangeData} marks a token
 * that could change the data other tests rely on (a steward's): it goes only on reads and on requests that are
 * refused whatever they say. A null {@code authorization} sends no header.
 */
public record Credential(String name, String authorization, boolean mayChangeData) {
}
