package io.nlc.audit;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class AssignmentAuditH2Test extends AssignmentAuditTests {}
