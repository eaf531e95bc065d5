package org.corporateparenting.domain.code;

import java.util.Set;

/**
 * The SSDA903 codes of local authorities (LA_PERM, where a previous permanence order was arranged): the DfE's
 * three-digit codes of English councils, with the codes for outside England (WAL Wales, SCO Scotland, NIR Northern
 * Ireland, NUK outside the UK). An order may be older than a reorganisation, so the codes of councils since replaced
 * stay valid beside their successors': Dorset 835 and Bournemouth 836 and Poole 837 with Dorset 838 and BCP 839 (from
 * 2019), Northamptonshire 855 with North and West Northamptonshire 940 and 941 (from 2021), Cumbria 909 with
 * Cumberland 942 and Westmorland and Furness 943 (from 2023). 999 is accepted as the open-source 903 validators accept
 * it (its meaning, presumably "not known", is [unverified]).
 */
public final class LocalAuthorityCodes {

    private static final Set<String> CODES = Set.of(
            "201", "202", "203", "204", "205", "206", "207", "208", "209", "210", "211", "212", "213",
            "301", "302", "303", "304", "305", "306", "307", "308", "309", "310", "311", "312", "313", "314", "315",
            "316", "317", "318", "319", "320",
            "330", "331", "332", "333", "334", "335", "336", "340", "341", "342", "343", "344",
            "350", "351", "352", "353", "354", "355", "356", "357", "358", "359",
            "370", "371", "372", "373", "380", "381", "382", "383", "384", "390", "391", "392", "393", "394", "420",
            "800", "801", "802", "803", "805", "806", "807", "808", "810", "811", "812", "813", "815", "816",
            "821", "822", "823", "825", "826", "830", "831", "835", "836", "837", "838", "839", "840", "841", "845",
            "846", "850", "851", "852", "855", "856", "857", "860", "861", "865", "866", "867", "868", "869", "870",
            "871", "872", "873", "874", "876", "877", "878", "879", "880", "881", "882", "883", "884", "885", "886",
            "887", "888", "889", "890", "891", "892", "893", "894", "895", "896", "908", "909", "916", "919", "921",
            "925", "926", "928", "929", "931", "933", "935", "936", "937", "938", "940", "941", "942", "943",
            "999", "WAL", "SCO", "NIR", "NUK");

    private LocalAuthorityCodes() {
    }

    /** Whether the value is a local authority code of the 903 return. */
    public static boolean isValid(String value) {
        return CODES.contains(value);
    }
}
