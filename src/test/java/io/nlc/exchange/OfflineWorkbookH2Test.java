package io.nlc.exchange;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class OfflineWorkbookH2Test extends OfflineWorkbookTests {}
