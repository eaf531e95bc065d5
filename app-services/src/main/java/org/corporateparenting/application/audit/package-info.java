/** Reading the audit trail: for administrators, who answer for access to children's records. */
package org.corporateparenting.application.audit;
