package io.nlc.audit;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class WorkflowAndAuditH2Test extends WorkflowAndAuditTests {}
