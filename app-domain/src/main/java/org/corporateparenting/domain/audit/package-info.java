/** The audit trail: who created, changed or read which record, and when. */
package org.corporateparenting.domain.audit;
