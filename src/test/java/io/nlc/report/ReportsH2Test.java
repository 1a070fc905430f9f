package io.nlc.report;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ReportsH2Test extends ReportsTests {}
