/** Reviews of children looked after, IRO allocations and caseloads, and escalations. */
package org.corporateparenting.application.review;
