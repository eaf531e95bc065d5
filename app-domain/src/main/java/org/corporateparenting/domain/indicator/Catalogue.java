package org.corporateparenting.domain.indicator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Corporate Parenting dataset: every indicator of the catalogue (shared/reference/indicators.md) that
 * the case records can compute, in area order, and the ones that cannot yet, with the reason. An indicator
 * is defined here once; screens, packs and annual reports read its figure, never recompute it.
 */
public final class Catalogue {

    /** Catalogue indicators not computed, and why (the records they need are not kept yet). */
    public static final Map<String, String> NOT_IMPLEMENTED = notImplemented();

    private final List<Indicator<?>> indicators;

    private Catalogue(List<Indicator<?>> indicators) {
        this.indicators = List.copyOf(indicators);
    }

    public static Catalogue of(Standards standards) {
        List<Indicator<?>> all = new ArrayList<>();
        all.addAll(ProfileIndicators.all());
        all.addAll(HealthIndicators.all());
        all.addAll(SafetyIndicators.all());
        all.addAll(PlacementIndicators.all());
        all.addAll(EducationIndicators.all());
        all.addAll(PermanenceIndicators.all());
        all.addAll(FosteringIndicators.all(standards));
        all.addAll(AdoptionIndicators.all());
        all.addAll(CareLeaverIndicators.all(standards));
        all.addAll(ReviewIndicators.all());
        all.sort(Comparator.comparing(i -> i.definition().area()));
        return new Catalogue(all);
    }

    public List<Indicator<?>> indicators() {
        return indicators;
    }

    public List<Definition> definitions() {
        return indicators.stream().map(Indicator::definition).toList();
    }

    public Optional<Indicator<?>> find(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public IndicatorEngine engine() {
        return new IndicatorEngine(indicators);
    }

    private static Map<String, String> notImplemented() {
        Map<String, String> reasons = new LinkedHashMap<>();
        String geography = "needs a postcode lookup (ONS postcode directory: coordinates and local authority) that is not loaded";
        reasons.put("PLC_20MILES_PCT", "Distance from home: " + geography);
        reasons.put("PLC_OUTSIDE_LA_PCT", "Placed outside the council's area: " + geography);
        String attainment = "needs key stage attainment results (DfE NCER/Virtual School), not recorded";
        for (String code : List.of("EDU_KS1_EXPECTED", "EDU_KS2_MATHS", "EDU_KS2_WRITING", "EDU_KS2_READING",
                "EDU_ATTAINMENT8", "EDU_PROGRESS8")) {
            reasons.put(code, attainment);
        }
        reasons.put("EDU_PEP_TERMLY", "Termly PEP on time: needs the council's school term dates; EDU_PEP_UPTODATE measures "
                + "the same practice over a 4-month window");
        String plans = "needs permanence plans (type, date recorded, date achieved), not recorded";
        reasons.put("PERM_PLAN_4M", "Permanence plan by the second review: " + plans);
        reasons.put("PERM_ACHIEVED", "Achieved permanence: " + plans + "; the packs do not define the denominator");
        reasons.put("PLAN_CARE_PLAN_UPTODATE", "Up-to-date care plan: needs care plan review dates, not recorded");
        String visits = "needs social workers' statutory visits to children, not recorded";
        reasons.put("VIS_CLA_NMS", "Visits within the national minimum timescale: " + visits);
        reasons.put("VIS_CLA_LOCAL", "Visits within the local standard: " + visits);
        String workforce = "needs social worker allocations, teams and qualification, not recorded";
        reasons.put("WF_MAX_CASELOAD_LAC", "Maximum caseload: " + workforce);
        reasons.put("WF_AVG_CASELOAD_LAC_T1_3", "Average caseload, teams 1 to 3: " + workforce);
        reasons.put("WF_AVG_CASELOAD_LAC_T4_5", "Average caseload, teams 4 and 5: " + workforce);
        return Collections.unmodifiableMap(reasons);
    }
}
