/** The council aggregate: the local authority responsible for a child, a household or a care leaver. */
package org.corporateparenting.domain.council;
