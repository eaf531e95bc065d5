package org.corporateparenting.domain.code;

/**
 * One code of a national list with the collection years it is valid in ({@code lastYear} null while
 * still current).
 */
public record Code(String value, String label, CollectionYear firstYear, CollectionYear lastYear) {

    public boolean validIn(CollectionYear year) {
        return year.compareTo(firstYear) >= 0 && (lastYear == null || year.compareTo(lastYear) <= 0);
    }
}
