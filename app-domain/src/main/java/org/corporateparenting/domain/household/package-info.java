/** The foster household aggregate: approved carers a child can be placed with. */
package org.corporateparenting.domain.household;
