package nl.schaalsprong.lessons.service;

import java.util.Arrays;

/**
 * An inverted index of the stemmed words {@link FacetIndex} holds: per word id, the slots listed under it.
 *
 * <p>Lists are only ever appended to. When a lesson's words change or it leaves, its slot stays in the lists of
 * the words it no longer holds (stale postings), and a reused slot may be listed twice under a word. Taking a
 * slot out of a list would mean scanning lists of tens of thousands of slots on every change; instead the one
 * invariant kept is: <em>every live slot is listed under every word it holds</em>. A reader therefore treats a
 * list as candidates, checks each against the slot's own words and liveness, and skips a slot seen before.
 * Stale postings are bounded by compaction: once they outnumber the postings still held (plus some slack),
 * {@link #stale()} says so and the owner lists its live slots afresh. Not thread-safe; the owner guards it.
 */
final class WordPostings {

    /** Compaction is not worth it below this many stale postings. */
    private static final int SLACK = 4096;
    private static final int[] NONE = new int[0];

    private int[][] slots = new int[256][];
    private int[] lengths = new int[256];
    /** Postings in all lists, stale ones included. */
    private long total;
    /** Postings that name a live slot holding the word: the sum over live slots of their distinct words. */
    private long held;
    /** Scratch for finding a slot's distinct words in one pass: per word id the mark it last got. */
    private int[] marks = new int[256];
    private int mark;

    /**
     * Lists {@code slot} under every distinct word of {@code words} that is not among {@code listed}, the words
     * it was listed under when last put and still live (null or empty for a new or reused slot).
     */
    void list(int slot, int[][] words, int[][] listed) {
        int before = nextMark();
        int distinctBefore = 0;
        if (listed != null) {
            for (int[] part : listed) {
                for (int word : part) {
                    if (marked(word) != before) {
                        marks[word] = before;
                        distinctBefore++;
                    }
                }
            }
        }
        int after = nextMark();
        int distinctAfter = 0;
        for (int[] part : words) {
            for (int word : part) {
                int seen = marked(word);
                if (seen == after) {
                    continue;
                }
                if (seen != before) {
                    append(word, slot);
                }
                marks[word] = after;
                distinctAfter++;
            }
        }
        held += distinctAfter - distinctBefore;
    }

    /** The slot that held these words left; its postings are stale from now on. */
    void unlist(int[][] words) {
        int gone = nextMark();
        for (int[] part : words) {
            for (int word : part) {
                if (marked(word) != gone) {
                    marks[word] = gone;
                    held--;
                }
            }
        }
    }

    /** True when stale postings outnumber held ones: time for the owner to {@link #clear()} and list afresh. */
    boolean stale() {
        return total - held > held + SLACK;
    }

    void clear() {
        Arrays.fill(slots, null);
        Arrays.fill(lengths, 0);
        total = 0;
        held = 0;
    }

    /** How many postings the word's list has; a list's length is the cost of reading it. */
    int length(int word) {
        return word < lengths.length ? lengths[word] : 0;
    }

    /** The word's list: its first {@link #length(int)} entries are candidate slots, in no order, maybe repeated. */
    int[] slots(int word) {
        return word < slots.length && slots[word] != null ? slots[word] : NONE;
    }

    long postings() {
        return total;
    }

    /** A mark no word has yet; after two billion of them the marks start again from a clean slate. */
    private int nextMark() {
        if (mark == Integer.MAX_VALUE) {
            Arrays.fill(marks, 0);
            mark = 0;
        }
        return ++mark;
    }

    private int marked(int word) {
        if (word >= marks.length) {
            marks = Arrays.copyOf(marks, Math.max(word + 1, marks.length * 2));
        }
        return marks[word];
    }

    private void append(int word, int slot) {
        if (word >= slots.length) {
            int capacity = Math.max(word + 1, slots.length * 2);
            slots = Arrays.copyOf(slots, capacity);
            lengths = Arrays.copyOf(lengths, capacity);
        }
        int[] list = slots[word];
        int n = lengths[word];
        if (list == null) {
            list = slots[word] = new int[4];
        } else if (n == list.length) {
            list = slots[word] = Arrays.copyOf(list, n + (n >> 1) + 1);
        }
        list[n] = slot;
        lengths[word] = n + 1;
        total++;
    }
}
