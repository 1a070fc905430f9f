package io.nlc.exchange;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class SpreadsheetExportH2Test extends SpreadsheetExportTests {}
