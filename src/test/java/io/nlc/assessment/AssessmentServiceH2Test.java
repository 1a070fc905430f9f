package io.nlc.assessment;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class AssessmentServiceH2Test extends AssessmentServiceTests {}
