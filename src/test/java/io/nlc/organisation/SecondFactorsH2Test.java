package io.nlc.organisation;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "nlc.second-factor.required=true")
class SecondFactorsH2Test extends SecondFactorsTests {}
