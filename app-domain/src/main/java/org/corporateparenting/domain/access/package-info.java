/** People who use the system and the roles that decide what they may see. */
package org.corporateparenting.domain.access;
