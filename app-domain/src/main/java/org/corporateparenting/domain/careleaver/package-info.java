/** The care leaver aggregate: a young person the council supports after care (Children (Leaving Care) Act 2000). */
package org.corporateparenting.domain.careleaver;
