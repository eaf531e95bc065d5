/** Reports screens: the monthly board pack (check, draft, publish) and published editions. */
package org.corporateparenting.web.view.report;
