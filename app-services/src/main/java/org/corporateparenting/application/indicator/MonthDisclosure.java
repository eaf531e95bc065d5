package org.corporateparenting.application.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.domain.disclosure.LinkedFigures;
import org.corporateparenting.domain.disclosure.Mark;
import org.corporateparenting.domain.disclosure.Protection;
import org.corporateparenting.domain.indicator.Catalogue;
import org.corporateparenting.domain.indicator.Dataset;
import org.corporateparenting.domain.indicator.Definition;
import org.corporateparenting.domain.indicator.Disclosure;
import org.corporateparenting.domain.indicator.Measure;
import org.corporateparenting.domain.indicator.Unit;

/**
 * Which of a published month's figures the councillors' board, its API and the board pack withhold, by the one
 * disclosure rule: each figure on its own ({@link Disclosure}: a small count, a percentage with a small numerator or
 * complement), then the stock-flow identity, children in care last month + those who started − those who ceased =
 * children in care this month, which holds exactly and would give a withheld flow back (137 + 8 − 144 = 1): the
 * smallest other flow is withheld with it ("c"). Both months' children in care stay printed (the board's headline);
 * where that leaves a withheld flow recoverable (both flows small), {@link #exposed} names it for the publish check.
 * The method is withholding rather than rounding the flows, as the DfE does in its SSDA903 tables, so every figure
 * printed is the true one. Likewise for a total printed beside some of its parts ({@link #PARTS}: households approved
 * beside the mainstream and connected-person ones), where the rest would be a small count by subtraction.
 */
public final class MonthDisclosure {

    static final String IN_CARE = "CIC_COUNT";
    static final String STARTED = "CIC_STARTS";
    static final String CEASED = "CIC_CEASED";

    private final Map<String, Mark> marks = new HashMap<>();
    private final List<String> exposed;
    private final Map<String, Measure> month;

    MonthDisclosure(Catalogue catalogue, Disclosure disclosure, Map<String, Measure> month, Map<String, Measure> previous) {
        this.month = month;
        for (Measure m : month.values()) {
            Definition d = catalogue.find(m.code()).map(i -> i.definition()).orElse(null);
            if (d != null && disclosure.suppresses(d.unit(), m)) {
                marks.put(m.code(), d.unit() == Unit.COUNT ? Mark.SMALL : Mark.CONFIDENTIAL);
            }
        }
        List<String> found = new ArrayList<>(stockAndFlow(disclosure, month, previous));
        PARTS.forEach((total, parts) -> found.addAll(rest(disclosure, month, total, parts)));
        exposed = List.copyOf(found);
    }

    /**
     * Totals the board prints beside some of their parts, so that the rest (the parts it does not print, foster for
     * adoption and other households) is known by subtraction: where the rest is from 1 to the threshold, the smallest
     * printed part is withheld with it ("c").
     */
    static final Map<String, List<String>> PARTS = Map.of("FC_HOUSEHOLDS", List.of("FC_MAINSTREAM_HOUSEHOLDS", "FC_CONNECTED_HOUSEHOLDS"));

    private List<String> rest(Disclosure disclosure, Map<String, Measure> month, String totalCode, List<String> partCodes) {
        Measure total = month.get(totalCode);
        if (total == null || total.value() == null || withheld(totalCode)) {
            return List.of();
        }
        LinkedFigures f = new LinkedFigures();
        int[] cells = new int[partCodes.size() + 1];
        Mark[] given = new Mark[partCodes.size() + 2];
        long printed = 0;
        for (int i = 0; i < partCodes.size(); i++) {
            Measure part = month.get(partCodes.get(i));
            if (part == null || part.value() == null) {
                return List.of();
            }
            cells[i] = f.count(partCodes.get(i), Math.round(part.value()));
            given[i] = withheld(partCodes.get(i)) ? mark(partCodes.get(i)) : null;
            printed += Math.round(part.value());
        }
        long rest = Math.round(total.value()) - printed;
        if (rest < 0) {
            return List.of();
        }
        cells[partCodes.size()] = f.implied("the rest of " + totalCode, rest);
        int whole = f.fixed(totalCode, Math.round(total.value()));
        f.sum(whole, cells);
        Protection p = disclosure.rule().protect(f, given);
        for (int i = 0; i < partCodes.size(); i++) {
            if (p.withheld(cells[i])) {
                marks.put(partCodes.get(i), p.mark(cells[i]));
            }
        }
        return p.exposedLabels();
    }

    private List<String> stockAndFlow(Disclosure disclosure, Map<String, Measure> month, Map<String, Measure> previous) {
        Measure now = month.get(IN_CARE);
        Measure started = month.get(STARTED);
        Measure ceased = month.get(CEASED);
        Measure before = previous == null ? null : previous.get(IN_CARE);
        if (now == null || started == null || ceased == null || before == null || now.value() == null || started.value() == null
                || ceased.value() == null || before.value() == null
                || Math.round(before.value()) + Math.round(started.value()) - Math.round(ceased.value()) != Math.round(now.value())) {
            return List.of();
        }
        LinkedFigures f = new LinkedFigures();
        int last = f.fixed("children in care last month", Math.round(before.value()));
        int in = f.count(STARTED, Math.round(started.value()));
        int out = f.count(CEASED, Math.round(ceased.value()));
        int stock = f.fixed(IN_CARE, Math.round(now.value()));
        f.balance(new int[] {last, in}, new int[] {stock, out});
        Protection p = disclosure.rule().protect(f);
        if (p.withheld(in)) {
            marks.put(STARTED, p.mark(in));
        }
        if (p.withheld(out)) {
            marks.put(CEASED, p.mark(out));
        }
        return p.exposedLabels();
    }

    /**
     * How the board's screens would print each figure of a month computed from the case records (an annual report's
     * 31 March), without last month's stock and flow, which no annual report prints: code to mark, withheld ones only.
     */
    public static Map<String, Mark> marks(Catalogue catalogue, Disclosure disclosure, Dataset month) {
        Map<String, Measure> figures = new HashMap<>();
        month.measures().forEach(m -> figures.put(m.code(), m));
        return Map.copyOf(new MonthDisclosure(catalogue, disclosure, figures, null).marks);
    }

    /** The mark of a figure: {@link Mark#SHOWN} unless withheld. */
    Mark mark(String code) {
        return marks.getOrDefault(code, Mark.SHOWN);
    }

    boolean withheld(String code) {
        return mark(code).withheld();
    }

    /**
     * Whether a figure's numerator and denominator ("95 of 150") are withheld: with the figure itself, and also when either
     * is the value of a count withheld this month, since printing it beside a shown percentage or average would give that
     * count back (mainstream households withheld as "c" must not reappear as the denominator of their utilisation). The test
     * is by value, so a count that merely equals a withheld one is withheld too: never too little, sometimes more.
     */
    boolean countsWithheld(Measure figure) {
        if (withheld(figure.code())) {
            return true;
        }
        for (Map.Entry<String, Mark> m : marks.entrySet()) {
            Measure hidden = month.get(m.getKey());
            if (hidden == null || hidden.value() == null || !m.getValue().withheld()) {
                continue;
            }
            long value = Math.round(hidden.value());
            if (Math.round(figure.numerator()) == value || figure.denominator() != null && figure.denominator() == value) {
                return true;
            }
        }
        return false;
    }

    /** Withheld figures of the month that the printed ones would still give back (stops publishing). */
    List<String> exposed() {
        return exposed;
    }
}
