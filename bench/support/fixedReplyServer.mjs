// A child-process STS stand-in that answers every request with one valid AssumeRole reply,
// so a client benchmark measures the client's own CPU and nothing of the server's.
import { createServer } from 'node:http';

const expiration = new Date(Date.now() + 3600_000).toISOString();
const reply = `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleResult>
    <AssumedRoleUser>
      <Arn>arn:aws:sts::111111111111:assumed-role/bench/bench-session</Arn>
      <AssumedRoleId>AROABENCHROLEID000001:bench-session</AssumedRoleId>
    </AssumedRoleUser>
    <Credentials>
      <AccessKeyId>ASIABENCH00000000001</AccessKeyId>
      <SecretAccessKey>benchSecretKey0000000000000000000000000000</SecretAccessKey>
      <SessionToken>IQoJb3JpZ2luX2VjEBENCHTOKEN${'x'.repeat(600)}</SessionToken>
      <Expiration>${expiration}</Expiration>
    </Credentials>
    <PackedPolicySize>6</PackedPolicySize>
  </AssumeRoleResult>
  <ResponseMetadata>
    <RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId>
  </ResponseMetadata>
</AssumeRoleResponse>`;

const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'text/xml', 'x-amzn-requestid': 'c6104cbe-af31-11e0-8154-cbc7ccf896c7' });
    response.end(reply);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${server.address().port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
