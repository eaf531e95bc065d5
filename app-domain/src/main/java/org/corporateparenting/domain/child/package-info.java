/** The child aggregate: who the child is, independent of any period of care. */
package org.corporateparenting.domain.child;
