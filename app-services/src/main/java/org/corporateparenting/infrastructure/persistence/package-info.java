/** Queries over the case records, written once in JPQL so the same code runs on PostgreSQL and H2. */
package org.corporateparenting.infrastructure.persistence;
