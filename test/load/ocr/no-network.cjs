// Preloaded (node --require) into the OCR child process and its worker threads: any attempt to open a
// network connection or look a name up throws, so the test fails if OCR downloads anything.
const net = require('node:net');
const dns = require('node:dns');
const http = require('node:http');
const https = require('node:https');
const refuse = (what) => () => { throw new Error(`network use refused in the OCR test: ${what}`); };
net.Socket.prototype.connect = refuse('net.Socket.connect');
net.connect = refuse('net.connect');
net.createConnection = refuse('net.createConnection');
dns.lookup = refuse('dns.lookup');
dns.promises.lookup = refuse('dns.promises.lookup');
http.request = refuse('http.request');
http.get = refuse('http.get');
https.request = refuse('https.request');
https.get = refuse('https.get');
if (typeof globalThis.fetch === 'function') globalThis.fetch = refuse('fetch');
