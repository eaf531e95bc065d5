/**
 * The DfE's validation rules for the SSDA903 return (children looked after), by collection year: the files of a
 * return as rows ({@link ReturnFiles}), one definition per rule ({@link Rule}, in {@code rules}), the DfE's code,
 * message, fields and files of each rule as published for each year ({@link RuleBook}), and the check that runs every
 * rule of a year and says which failed, which passed and which could not be run ({@link ReturnValidation}). Pure
 * Java: the same check runs in the server, before export and from the command line.
 */
package org.corporateparenting.domain.ssda903;
