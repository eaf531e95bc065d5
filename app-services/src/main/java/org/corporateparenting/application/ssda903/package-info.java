/**
 * The DfE SSDA903 children looked after return: its CSV files for a collection year, checked by the DfE's rules
 * ({@link org.corporateparenting.application.ssda903.Ssda903Validation}), written from the
 * case records (and, with the generator, from a synthetic council without a database).
 */
package org.corporateparenting.application.ssda903;
