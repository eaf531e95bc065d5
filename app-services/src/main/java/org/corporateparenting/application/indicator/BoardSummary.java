package org.corporateparenting.application.indicator;

import java.util.ArrayList;
import java.util.List;
import org.corporateparenting.domain.indicator.Direction;
import org.corporateparenting.domain.indicator.RagStatus;

/**
 * The board's summary page for a published month: the month's dataset, the indicators shown as headline tiles
 * (in order) and the headline sentences, all read from the same frozen figures, and the disclosure threshold
 * the reader's figures were withheld by (counts from 1 to it are not shown to councillors).
 */
public record BoardSummary(DatasetView dataset, List<String> tiles, List<Headline> headlines, int disclosureThreshold) {

    /** The tiles of the packs' home page: children in care, care leavers and those receiving a service, in and out. */
    public static final List<String> TILES = List.of("CIC_COUNT", "CIC_STARTS", "CIC_CEASED", "CL_COUNT", "CL_RECEIVING_SERVICE");

    /** The key under the board's tables and in the pack: what each status and each direction mark means. */
    public List<String> key() {
        List<String> key = new ArrayList<>(RagStatus.key());
        key.addAll(Direction.key());
        return key;
    }

    /** What "withheld" means, under any table with a withheld figure (screens and pack alike). */
    public String withheldMeaning() {
        return "“withheld”: " + disclosureThreshold + " or fewer children, young people or households were counted, so the figure is not "
                + "shown, to protect their privacy; or the figure, or the rest of its whole, would give such a number back (a percentage "
                + "that leaves " + disclosureThreshold + " or fewer out, or the children who started when those who ceased are withheld). "
                + "A withheld figure is not judged against its target, and a withheld month is marked “withheld”, apart from “–” (no "
                + "data).";
    }
}
