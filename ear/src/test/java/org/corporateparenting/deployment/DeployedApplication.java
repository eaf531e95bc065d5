package org.corporateparenting.deployment;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real app.ear as the build packed it, deployed on the module's WildFly (with the database the
 * server was started with) and tested from outside over HTTP, as users and API clients reach it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class DeployedApplication {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("app.ear")));
    }

    final Http http = Http.browser();
}
