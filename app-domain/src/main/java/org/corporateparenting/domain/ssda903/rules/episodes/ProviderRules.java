package org.corporateparenting.domain.ssda903.rules.episodes;

import static org.corporateparenting.domain.ssda903.Rule.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.corporateparenting.domain.ssda903.Need;
import org.corporateparenting.domain.ssda903.ReferenceData.Provider;
import org.corporateparenting.domain.ssda903.ReturnFiles;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;
import org.corporateparenting.domain.ssda903.rules.periods.Chains;

/**
 * The 903 rules on who provides a placement: the placement provider and location where they are not collected
 * (temporary and other placements, short breaks), the Ofsted URN where it is required and where it is not, and the URN
 * against the Ofsted provider list loaded with the return (its placement types, postcode, provider code, registration
 * dates and local authority). The provider list rules are not run without the list; a URN the list does not hold is
 * rule 1008's business and is not failed here.
 */
final class ProviderRules {

    /** Other placements (Z11 to Z14), which have no placement provider from 2025-26 (rule 213). */
    private static final Set<String> OTHER_PLACEMENTS = Set.of("Z11", "Z12", "Z13", "Z14");

    /** Placements whose postcode is the provider's own (children's homes, family centres, residential schools). */
    private static final Set<String> AT_PROVIDER = Set.of("K1", "K2", "R3", "S1");

    /** From this day an H5 placement needs a URN (rule 230): supported accommodation became Ofsted-registered. */
    private static final LocalDate H5_REGISTERED = LocalDate.of(2023, 10, 28);

    /** 213: a placement provider is given for a temporary placement (or, from 2025-26, an other placement Z11 to Z14). */
    static final Rule PROVIDER_NOT_REQUIRED = rule("213", (files, out) -> {
        boolean others = files.year().startYear() >= 2025;
        files.rows(Table.EPISODES).forEach(row -> {
            if (row.has("PLACE_PROVIDER")
                    && (Episodes.temporary(row) || others && OTHER_PLACEMENTS.contains(row.get("PLACE")))) {
                out.fail(row, "PLACE_PROVIDER");
            }
        });
    });

    /** 214: a short break (V3 or V4) has a placement postcode or URN. */
    static final Rule LOCATION_NOT_REQUIRED = rule("214", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (Chains.respite(row) && (row.has("PL_POST") || row.has("URN"))) {
            out.fail(row, "PL_POST", "URN");
        }
    }));

    /**
     * 218: no URN for an Ofsted-registered placement in England (every placement but those without a URN) open at
     * some time in the year (ended on or after 1 April or still open). XXXXXXX counts as given, as the DfE's rule reads.
     */
    static final Rule URN_REQUIRED = rule("218", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (row.blank("URN") && row.has("PLACE") && !Episodes.NO_URN_PLACES.contains(row.get("PLACE"))
                && !Episodes.outsideEngland(row) && openInYear(row, files)) {
            out.fail(row, "URN");
        }
    }));

    /** 219: the URN's provider may not provide the episode's placement type, as the Ofsted list has it. */
    static final Rule URN_AGAINST_PLACE = withProvider("219", new String[] {"URN", "PLACE"}, (row, provider) ->
            row.has("PLACE") && !provider.placeTypes().isEmpty() && !provider.placeTypes().contains(row.get("PLACE")));

    /**
     * 221: the placement postcode is not the URN's provider's postcode (spaces and case ignored), for placements at
     * the provider's own premises (K1, K2, R3, S1) other than short breaks. A provider the list gives no postcode for
     * is not checked.
     */
    static final Rule URN_AGAINST_POSTCODE = withProvider("221", new String[] {"PL_POST"}, (row, provider) ->
            AT_PROVIDER.contains(row.get("PLACE")) && !Chains.respite(row) && row.has("PL_POST")
                    && provider.postcode() != null && !provider.postcode().isBlank()
                    && !Episodes.samePostcode(provider.postcode(), row.get("PL_POST")));

    /** 222: a URN other than XXXXXXX for a placement that has none (see {@code Episodes.NO_URN_PLACES}). */
    static final Rule URN_NOT_REQUIRED = rule("222", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (Episodes.urn(row) && Episodes.NO_URN_PLACES.contains(row.get("PLACE"))) {
            out.fail(row, "URN");
        }
    }));

    /** 224: the placement provider code is not the URN's provider's code (PR0 to PR5) as the Ofsted list has it. */
    static final Rule URN_AGAINST_PROVIDER = withProvider("224", new String[] {"PLACE_PROVIDER"}, (row, provider) ->
            row.has("PLACE_PROVIDER") && provider.providerCode() != null && !provider.providerCode().isBlank()
                    && !row.in("PLACE_PROVIDER", provider.providerCode()));

    /**
     * 227: the episode began on or after the day the URN's provider closed. Reading: as in the open-source validators,
     * only the closure is checked; a provider registered after the episode began (supported accommodation registered
     * from 2023) is not failed.
     */
    static final Rule URN_AT_START = withProvider("227", new String[] {"URN", "DECOM"}, (row, provider) -> {
        LocalDate start = row.date("DECOM");
        return provider.closed() != null && start != null && !start.isBefore(provider.closed());
    });

    /**
     * 228: the episode ended after the day the URN's provider closed; an open episode counts as going on to the end of
     * the year, so, as the DfE's note says, one at a provider that closed during the year fails.
     */
    static final Rule URN_AT_END = rule("228", (files, out) -> files.reference().providers().ifPresent(providers ->
            files.rows(Table.EPISODES).forEach(row -> {
                if (Episodes.urn(row)) {
                    Optional<Provider> provider = providers.find(row.get("URN"));
                    if (provider.isPresent() && provider.get().closed() != null
                            && Episodes.endOrYearEnd(row, files).isAfter(provider.get().closed())) {
                        out.fail(row, "URN", "DEC");
                    }
                }
            }))).needing(Need.PROVIDERS);

    /**
     * 229: own provision (PR1) by a provider in another local authority's area, or other local authority provision
     * (PR2) by a provider in the council's own area, the provider's area as the Ofsted list has it. Placements without a
     * URN, and from 2025-26 supported accommodation (K3), as the DfE's 2025-26 rule excludes it, are not checked.
     * Reading: the council's own code is the one given with the files, else the one its return shows (see rule 411); a
     * return with neither is not checked.
     */
    static final Rule URN_AGAINST_AUTHORITY = rule("229", (files, out) -> {
        String own = files.ownAuthority();
        if (own == null) {
            return;
        }
        boolean skipK3 = files.year().startYear() >= 2025;
        files.reference().providers().ifPresent(providers -> files.rows(Table.EPISODES).forEach(row -> {
            if (!Episodes.urn(row) || !row.in("PLACE_PROVIDER", "PR1", "PR2")
                    || Episodes.NO_URN_PLACES.contains(row.get("PLACE")) || skipK3 && row.in("PLACE", "K3")) {
                return;
            }
            providers.find(row.get("URN")).map(Provider::localAuthority).filter(area -> !area.isBlank())
                    .ifPresent(area -> {
                        if (row.in("PLACE_PROVIDER", "PR1") != area.equals(own)) {
                            out.fail(row, "URN", "PLACE_PROVIDER");
                        }
                    });
        }));
    }).needing(Need.PROVIDERS);

    /**
     * 230 (2023-24): no URN (blank or XXXXXXX) for semi-independent living (H5) in England still open after 28 October
     * 2023 (ended after that day or still open), when such accommodation had to be registered with Ofsted.
     */
    static final Rule URN_FOR_H5 = rule("230", (files, out) -> files.rows(Table.EPISODES).forEach(row -> {
        if (row.in("PLACE", "H5") && !Episodes.urn(row) && !Episodes.outsideEngland(row)) {
            LocalDate end = row.date("DEC");
            if (row.blank("DEC") || end != null && end.isAfter(H5_REGISTERED)) {
                out.fail(row, "PLACE", "DEC", "URN");
            }
        }
    }));

    private ProviderRules() {
    }

    static List<Rule> rules() {
        return List.of(PROVIDER_NOT_REQUIRED, LOCATION_NOT_REQUIRED, URN_REQUIRED, URN_AGAINST_PLACE,
                URN_AGAINST_POSTCODE, URN_NOT_REQUIRED, URN_AGAINST_PROVIDER, URN_AT_START, URN_AT_END,
                URN_AGAINST_AUTHORITY, URN_FOR_H5);
    }

    /** Whether the episode was open at some time in the year: ended on or after its first day, or still open. */
    private static boolean openInYear(ReturnRow row, ReturnFiles files) {
        if (row.blank("DEC")) {
            return true;
        }
        LocalDate end = row.date("DEC");
        return end == null || !end.isBefore(files.start());
    }

    /** A rule failing episodes with a real URN whose provider, found in the Ofsted list, fails the test. */
    private static Rule withProvider(String code, String[] fields, BiPredicate<ReturnRow, Provider> fails) {
        return rule(code, (files, out) -> files.reference().providers().ifPresent(providers ->
                files.rows(Table.EPISODES).forEach(row -> {
                    if (Episodes.urn(row)) {
                        providers.find(row.get("URN")).filter(provider -> fails.test(row, provider))
                                .ifPresent(provider -> out.fail(row, fields));
                    }
                }))).needing(Need.PROVIDERS);
    }
}
