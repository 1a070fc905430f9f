package io.nlc.organisation;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class OrganisationAdministrationH2Test extends OrganisationAdministrationTests {}
