/**
 * National code lists (DfE SSDA903 children looked after return), versioned by collection year:
 * a code is valid only in the years the DfE guidance lists it.
 */
package org.corporateparenting.domain.code;
