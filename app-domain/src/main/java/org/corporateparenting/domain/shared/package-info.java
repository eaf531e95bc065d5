/** Building blocks shared by every aggregate: identity, optimistic locking, the product's roles. */
package org.corporateparenting.domain.shared;
