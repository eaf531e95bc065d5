package org.corporateparenting.application.indicator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.domain.disclosure.LinkedFigures;
import org.corporateparenting.domain.disclosure.Mark;
import org.corporateparenting.domain.disclosure.Protection;
import org.corporateparenting.domain.indicator.Catalogue;
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
 * printed is the true one.
 */
final class MonthDisclosure {

    static final String IN_CARE = "CIC_COUNT";
    static final String STARTED = "CIC_STARTS";
    static final String CEASED = "CIC_CEASED";

    private final Map<String, Mark> marks = new HashMap<>();
    private final List<String> exposed;

    MonthDisclosure(Catalogue catalogue, Disclosure disclosure, Map<String, Measure> month, Map<String, Measure> previous) {
        for (Measure m : month.values()) {
            Definition d = catalogue.find(m.code()).map(i -> i.definition()).orElse(null);
            if (d != null && disclosure.suppresses(d.unit(), m)) {
                marks.put(m.code(), d.unit() == Unit.COUNT ? Mark.SMALL : Mark.CONFIDENTIAL);
            }
        }
        exposed = stockAndFlow(disclosure, month, previous);
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

    /** The mark of a figure: {@link Mark#SHOWN} unless withheld. */
    Mark mark(String code) {
        return marks.getOrDefault(code, Mark.SHOWN);
    }

    boolean withheld(String code) {
        return mark(code).withheld();
    }

    /** Withheld figures of the month that the printed ones would still give back (stops publishing). */
    List<String> exposed() {
        return exposed;
    }
}
