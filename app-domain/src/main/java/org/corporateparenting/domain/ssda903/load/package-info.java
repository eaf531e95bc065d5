/**
 * The record of each SSDA903 load stored ({@link Ssda903Load}): who loaded which files when, the report's totals, and
 * what the load made and changed, so that the most recent load of a council can be undone as a whole.
 */
package org.corporateparenting.domain.ssda903.load;
