package org.corporateparenting.web.view;

import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import org.corporateparenting.domain.code.Code;
import org.corporateparenting.domain.code.CodeList;
import org.corporateparenting.domain.code.CollectionYear;

/**
 * A choice from one of the national code lists (SSDA903, OC3) as a form shows it: the codes valid in a collection year,
 * each as its code and its words ("C2 Full care order"), so the user sees both what the return will carry and what it
 * means.
 */
public final class CodeSelect {

    private CodeSelect() {
    }

    /** Sets up {@code select} with the list's codes for the year, and {@code extra} values (with their own words) after them. */
    public static Select<String> of(Select<String> select, String label, String id, CodeList list, CollectionYear year, String extra,
            String extraWords) {
        select.setLabel(label);
        select.setId(id);
        List<String> values = new ArrayList<>(list.codesIn(year).stream().map(Code::value).toList());
        if (extra != null) {
            values.add(extra);
        }
        select.setItems(values);
        select.setItemLabelGenerator(v -> v == null ? "" : v.equals(extra) ? extraWords : v + " " + words(list, v));
        return select;
    }

    /** The codes valid in the year, as their code and words. */
    public static Select<String> of(Select<String> select, String label, String id, CodeList list, CollectionYear year) {
        return of(select, label, id, list, year, null, null);
    }

    /** A code's words, or the code itself when the list does not know it. */
    public static String words(CodeList list, String value) {
        return value == null ? "" : list.find(value).map(Code::label).orElse(value);
    }
}
