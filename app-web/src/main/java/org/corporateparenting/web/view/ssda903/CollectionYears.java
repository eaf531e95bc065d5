package org.corporateparenting.web.view.ssda903;

import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.corporateparenting.domain.code.CollectionYear;

/**
 * The choice of a 903 collection year on the load screen: the current year back to 2022-23, the latest ended year
 * chosen at first (the year a return is usually checked or loaded for, once it has ended).
 */
final class CollectionYears {

    private CollectionYears() {
    }

    /** A choice of year labelled {@code label}, with the element id {@code id}. */
    static Select<CollectionYear> select(String label, String id) {
        List<CollectionYear> years = new ArrayList<>();
        for (CollectionYear y = CollectionYear.containing(LocalDate.now()); y.startYear() >= 2022; y = new CollectionYear(y.startYear() - 1)) {
            years.add(y);
        }
        Select<CollectionYear> year = new Select<>();
        year.setLabel(label);
        year.setItems(years);
        year.setItemLabelGenerator(CollectionYear::label);
        year.setValue(years.size() > 1 ? years.get(1) : years.get(0));
        year.setId(id);
        return year;
    }
}
