package org.corporateparenting.deployment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a number out of a JSON response without a JSON library: enough for ids and versions. */
final class Json {

    private Json() {
    }

    static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(-?\\d+)").matcher(json);
        if (!m.find()) {
            throw new AssertionError("No number " + field + " in " + json);
        }
        return Long.parseLong(m.group(1));
    }
}
