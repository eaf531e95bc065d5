/**
 * The DfE SSDA903 children looked after return: its CSV files for a collection year, written from the
 * case records (and, with the generator, from a synthetic council without a database).
 */
package org.corporateparenting.application.ssda903;
