package io.nlc.assignment;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class MyItemsH2Test extends MyItemsTests {}
