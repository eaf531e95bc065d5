/** Versioned schema migrations (Flyway), applied at deployment before anything reads the database. */
package org.corporateparenting.infrastructure.migration;
