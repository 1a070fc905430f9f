package io.nlc.organisation;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class UserAdministrationH2Test extends UserAdministrationTests {}
