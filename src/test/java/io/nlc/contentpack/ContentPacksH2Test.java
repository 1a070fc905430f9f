package io.nlc.contentpack;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ContentPacksH2Test extends ContentPacksTests {}
