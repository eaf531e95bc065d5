/** How the services meet the server: schema migrations and health checks. */
package org.corporateparenting.infrastructure;
