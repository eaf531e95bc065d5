/**
 * The case records every figure of the system is computed from. One package per aggregate, named in
 * the service's own words; the national definitions (DfE SSDA903 children looked after return) are
 * cited on the classes that follow them.
 */
package org.corporateparenting.domain;
